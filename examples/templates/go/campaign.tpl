<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Campaign.Subject }}</title></head>
<body style="font-family: Arial, sans-serif; color: #222;">
  {{ template "content" . }}
  <p style="font-size: 12px; color: #555;">
    Northwind Coffee Ltd, 14 Harbour Street, Leith, Edinburgh EH6 6JF, United Kingdom<br>
    <a href="{{ UnsubscribeURL }}" style="color: #1a5fb4;">Unsubscribe</a>
  </p>
  {{ TrackView }}
</body>
</html>

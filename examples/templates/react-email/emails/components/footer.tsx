// A component the emails import: no default export, so it is not an email by itself.
export function Footer({ unsubscribeUrl, hidden = false }: { unsubscribeUrl: string; hidden?: boolean }) {
  return (
    <table role="presentation" width="100%">
      <tbody>
        <tr>
          <td style={{ fontSize: '13px', color: '#4a4a4a' }}>
            <p>Acme Inc., 1 Main Street, Springfield, IL 62701, USA</p>
            <p style={hidden ? { display: 'none' } : undefined}>
              <a href={unsubscribeUrl} style={{ color: '#1a5fb4' }}>
                Unsubscribe
              </a>
            </p>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

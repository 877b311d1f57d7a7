import { Footer } from './components/footer';

interface WelcomeProps {
  name: string;
}

export default function Welcome({ name }: WelcomeProps) {
  return (
    <html lang="en">
      <body style={{ backgroundColor: '#ffffff', fontFamily: 'Arial, sans-serif' }}>
        <h1>Welcome, {name}</h1>
        <p>Every Thursday we send one short guide to the birds and trails near you.</p>
        <Footer unsubscribeUrl="https://acme.example/unsubscribe?u=123" />
      </body>
    </html>
  );
}

Welcome.PreviewProps = { name: 'Ada' } satisfies WelcomeProps;

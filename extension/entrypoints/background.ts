// The engine runs here, behind the messaging protocol (extension/lib/protocol.ts).
import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from '../lib/background.ts';

export default defineBackground(() => {
  registerBackground();
});

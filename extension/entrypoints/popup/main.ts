import { startPopup } from '../../lib/popup.ts';

void startPopup(document);

import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { browserPopupApi } from './api';

const root = document.getElementById('app');
if (root) {
  // Drop the static first-paint shell from index.html; Preact draws the same screen at once.
  root.replaceChildren();
  render(<Popup api={browserPopupApi(location.search)} />, root);
}

import { render } from 'preact';
import { browserPopupApi } from '../../components/popup/api';
import { Popup } from '../../components/popup/Popup';

const root = document.getElementById('app');
if (root) {
  // Drop the static first-paint shell from index.html; Preact draws the same screen at once.
  root.replaceChildren();
  render(<Popup api={browserPopupApi(location.search)} />, root);
}

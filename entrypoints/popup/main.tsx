import { render } from 'preact';
import { browserPopupApi } from '../../components/popup/api';
import { Popup } from '../../components/popup/Popup';

const root = document.getElementById('app');
if (root) render(<Popup api={browserPopupApi(location.search)} />, root);

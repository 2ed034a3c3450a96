import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import '@/components/child/child.css';
import { Popup } from './popup';
import './style.css';

// An action popup sizes itself to its content, so it needs a fixed width; opened as a tab it fills the window.
const inPopup = browser.extension?.getViews?.({ type: 'popup' }).includes(window) ?? false;
document.documentElement.classList.toggle('in-popup', inPopup);

ReactDOM.createRoot(document.getElementById('root')!).render(<Popup />);

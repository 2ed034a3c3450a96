import { z } from 'zod';
import ReactDOM from 'react-dom/client';
import { App } from './app';
import './style.css';

// zod's JIT probes `new Function`, which the extension CSP forbids (notes/wxt-mv3.md §7).
z.config({ jitless: true });
ReactDOM.createRoot(document.getElementById('root')!).render(<App />);

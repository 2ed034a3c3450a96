import ReactDOM from 'react-dom/client';
import { CardsPage } from './cards-page';
import './style.css';

ReactDOM.createRoot(document.getElementById('root')!).render(<CardsPage search={location.search} />);

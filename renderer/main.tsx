/** Renderer entry: fonts, styles, and the React root. Monaco loads with the edit view's first mount. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/latin-700.css';
import '@fontsource/tinos/latin-400-italic.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/controls.css';
import './styles/library.css';
import './styles/edit.css';
import './styles/measure.css';
import './styles/compare.css';
import './styles/dialogs.css';
import { App } from './components/app';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

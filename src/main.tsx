import { createRoot } from 'react-dom/client'
import { start } from './app/start'
import './app/app.css'

void start(createRoot(document.getElementById('root') as HTMLElement))
// Another link pasted into this tab: start over with it.
window.addEventListener('hashchange', () => location.reload())

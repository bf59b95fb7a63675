/** Entry point: mounts the app into #root. */
import { render } from 'solid-js/web';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');
render(() => <App />, root);

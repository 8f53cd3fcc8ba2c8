import '@xterm/xterm/css/xterm.css';
import './styles.css';
import { mount } from './mount';

const root = document.getElementById('root');
if (root) mount(root);

import { render } from 'preact';

function App() {
  return <main>ML Fit</main>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);

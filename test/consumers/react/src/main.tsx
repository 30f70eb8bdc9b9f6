// A React 19 page as a user writes it: the article's timeline passed as a property, options as
// props, and the reader's choice received by React's own handler.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'event-timeline/react';
import timeline from '../../../../data/kadhimi-washington-2020.json';

function App() {
  const [selected, setSelected] = useState('');
  return (
    <>
      <event-timeline
        data={timeline}
        lang="en"
        layout="alternating"
        headingLevel={3}
        onevent-timeline-select={(event) => setSelected(event.detail.event.id)}
      />
      <output id="selected">{selected}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { css } from 'lit';

/** What shows instead of, or beside, the events: loading, an error, nothing to show, problems in the data. */
export const states = css`
  .loading {
    display: grid;
    gap: var(--_spacing);
  }

  .skeleton {
    block-size: 3.5rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, rgb(128 128 128 / 0.12), rgb(128 128 128 / 0.24), rgb(128 128 128 / 0.12));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  .error,
  .empty {
    margin: 0;
    padding: 1rem;
    border-radius: var(--_radius);
    border: 1px solid rgb(128 128 128 / 0.4);
  }

  .error p {
    margin-block: 0 0.5rem;
  }

  .error-detail {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .error button {
    font: inherit;
    color: var(--_background);
    background: var(--_text);
    border: 0;
    border-radius: var(--_radius);
    padding: 0.375rem 1rem;
    cursor: pointer;
  }

  .problems {
    margin-block-start: 1.5rem;
    padding: 0.75rem 1rem;
    font-size: 0.875rem;
    border: 1px dashed var(--_danger);
    border-radius: var(--_radius);
  }

  .problems summary {
    cursor: pointer;
    color: var(--_danger);
  }

  .problems ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    text-align: start;
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

/**
 * `import 'event-timeline/vue'` in a Vue 3 app: registers `<event-timeline>` (as
 * `import 'event-timeline'` does) and declares it and `<timeline-event>` as global components to
 * Vue's template type-check (vue-tsc), so that an unknown `layout` is a type error, listeners
 * (`@event-timeline-select`) get their `detail` typed, and, with `strictTemplates`, a misspelled
 * prop is one too. Tell Vue's compiler the tags are custom elements (`isCustomElement`).
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { EventTimelineProperties, EventTimelineVueListeners, TimelineEventAttributes } from './element-props.js';

export * from '../event-timeline.js';

declare module 'vue' {
  interface GlobalComponents {
    'event-timeline': DefineComponent<HTMLAttributes & EventTimelineProperties & EventTimelineVueListeners>;
    'timeline-event': DefineComponent<HTMLAttributes & TimelineEventAttributes>;
  }
}

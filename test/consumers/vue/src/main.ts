import { createApp } from 'vue';
import 'event-timeline/vue';
import App from './App.vue';

createApp(App).mount('#app');

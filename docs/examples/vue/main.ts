// Registers the widget before mounting: a property set on an element that is not defined yet
// would hide the widget's own property, and the widget would never see the value.
import '@samspil/widgets/field-visit-form';
import { createApp } from 'vue';
import HomeVisit from './HomeVisit.vue';

createApp(HomeVisit).mount('#app');

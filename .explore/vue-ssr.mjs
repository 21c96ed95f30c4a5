import {createSSRApp, h} from 'vue';
import {renderToString} from 'vue/server-renderer';
import {estimate, SpaBookButton, VERSION} from 'spa-scar-kit';
import 'spa-scar-kit/book-button';
const app = createSSRApp({render: () => h('div', [h('spa-session-estimator', {price: 250, 'scar-type': 'rolling'}), h('spa-book-button', {href: 'https://calendly.com/x'}, [h('a', {href: 'https://calendly.com/x'}, 'Book')])])});
console.log(await renderToString(app));
console.log(typeof SpaBookButton, VERSION, typeof estimate);

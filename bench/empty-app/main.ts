// An App with one empty Chart: what `cdk8s synth` costs before the walkthrough adds anything.
import { App, Chart } from 'cdk8s';

const app = new App();
new Chart(app, 'empty');
app.synth();

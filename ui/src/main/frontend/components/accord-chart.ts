// A thin custom element around Chart.js: the server sends a Chart.js configuration as JSON, the browser draws it.
// The server also sends a sentence summing the chart up: the canvas is an image with that name to a screen reader
// (the figures themselves are in the table the server puts under the chart).
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class AccordChart extends HTMLElement {
  private chart?: Chart;
  private readonly canvas = document.createElement('canvas');
  private configJson?: string;
  private summaryText = '';

  constructor() {
    super();
    this.canvas.setAttribute('role', 'img');
  }

  set summary(value: string) {
    this.summaryText = value ?? '';
    this.canvas.setAttribute('aria-label', this.summaryText);
  }

  get summary(): string {
    return this.summaryText;
  }

  set config(value: string) {
    this.configJson = value;
    this.draw();
  }

  get config(): string | undefined {
    return this.configJson;
  }

  connectedCallback() {
    this.style.display = 'block';
    this.style.position = 'relative';
    if (!this.canvas.isConnected) {
      this.appendChild(this.canvas);
    }
    this.draw();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private draw() {
    if (!this.isConnected || !this.configJson) {
      return;
    }
    const config = JSON.parse(this.configJson);
    config.options = { ...(config.options ?? {}), responsive: true, maintainAspectRatio: false, animation: false };
    this.chart?.destroy();
    this.chart = new Chart(this.canvas, config);
  }
}

customElements.define('accord-chart', AccordChart);

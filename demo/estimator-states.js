// Demo only: ticks safety answers the way a visitor would, to show those states.
await customElements.whenDefined('spa-session-estimator');
const tick = async (id, answers) => {
  const estimator = document.getElementById(id);
  await estimator.updateComplete;
  for (const answer of answers) estimator.shadowRoot.querySelector(`input[value="${answer}"]`).click();
};
await tick('caution', ['cold-sores', 'dark-marks']);
await tick('stopped', ['pregnant']);

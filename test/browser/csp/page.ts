// Runs inside the strict-CSP page: records every policy violation for the test to read.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective}: ${e.blockedURI || e.sample}`));
(window as unknown as { violations: string[] }).violations = violations;
void import('../../../src/event-timeline.js');

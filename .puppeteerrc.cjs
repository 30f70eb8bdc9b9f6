// Browsers come from Debian (scripts/install-browsers.sh); never download one.
module.exports = { skipDownload: true };

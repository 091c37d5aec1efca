// The Web Worker of the dataset check ("Gegevens controleren", src/app/dataset_check.rs): it starts
// the app's own WebAssembly off the page's main thread, so checking a large file does not freeze
// the page. The page sends the addresses of the app's files, the chosen file, the published
// dataset's address and the language; the wasm finds them in `twenteCheck` when it starts, and
// posts its progress and its report. If anything fails here, the worker posts null and the page
// checks the file itself.
self.onmessage = async ({ data }) => {
  try {
    self.twenteCheck = data;
    const app = await import(data.js);
    await app.default({ module_or_path: data.wasm });
  } catch (error) {
    console.warn("Gegevens controleren: the Web Worker could not check the file; the page does", error);
    self.postMessage(null);
  }
};

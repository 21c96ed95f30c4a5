/**
 * A plain W3C WebDriver client for the driver listening on `port`: `webdriver(method, path,
 * body)` answers the command's value or throws the driver's error. It waits while the driver is
 * still starting; anything else is a real failure.
 */
export function webdriverAt(port, name = 'WebDriver') {
  return async function webdriver(method, path, body) {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
          method,
          headers: {'content-type': 'application/json'},
          body: body && JSON.stringify(body),
        });
        const {value} = await response.json();
        if (value?.error) throw new Error(`${name}: ${value.error}: ${value.message}`);
        return value;
      } catch (error) {
        if (attempt > 40 || !String(error.cause?.code ?? '').startsWith('ECONNREFUSED')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
}

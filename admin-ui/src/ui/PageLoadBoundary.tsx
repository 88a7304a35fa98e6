import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * A page whose code could not be loaded (the gateway was updated while the console stayed
 * open, or the network dropped) shows how to recover instead of leaving the console blank.
 */
export class PageLoadBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">This page could not be loaded</p>
        <p>The console may have been updated since it was opened, or the connection dropped.</p>
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload the console
        </button>
      </div>
    );
  }
}

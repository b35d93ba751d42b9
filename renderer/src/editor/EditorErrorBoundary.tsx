import { Component, type ReactNode } from 'react';

/**
 * If the editor cannot load or render the content, say so instead of leaving an empty page that looks
 * like lost text. Nothing is saved from a failed editor, so the stored content stays as it is.
 */
export class EditorErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

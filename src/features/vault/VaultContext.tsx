import { createContext, createSignal, onCleanup, useContext, type ParentProps } from 'solid-js';
import { useAppServices } from '../../services';
import { createAutoLock } from './createAutoLock';
import { createVaultSession, type VaultSession } from './vaultSession';

interface VaultContextValue {
  readonly session: VaultSession;
  /** Bumped when a setting that running code depends on changes (e.g. the auto-lock minutes). */
  readonly settingsVersion: () => number;
  readonly settingsChanged: () => void;
}

const VaultContext = createContext<VaultContextValue>();

export function VaultProvider(props: ParentProps) {
  const session = createVaultSession(useAppServices().deriveKey);
  const [settingsVersion, setSettingsVersion] = createSignal(0);
  createAutoLock(session, settingsVersion);
  onCleanup(() => session.dispose());
  return (
    <VaultContext.Provider
      value={{ session, settingsVersion, settingsChanged: () => setSettingsVersion((v) => v + 1) }}
    >
      {props.children}
    </VaultContext.Provider>
  );
}

export function useVault(): VaultContextValue {
  const value = useContext(VaultContext);
  if (!value) throw new Error('useVault must be used inside VaultProvider.');
  return value;
}

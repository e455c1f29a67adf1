import { createStore } from 'zustand/vanilla'

/** Whether the keyboard help is open: "?" opens it from anywhere, so it lives outside any one component. */
export const helpState = createStore<{ readonly open: boolean }>()(() => ({ open: false }))

export const setHelpOpen = (open: boolean) => helpState.setState({ open })

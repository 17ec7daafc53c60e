import type { ShareStage } from '../../domain/records';
import { t, type MessageKey } from '../../ui/i18n/catalog';

const CHANNEL: Record<string, MessageKey> = {
  email: 'specialists.channel.email',
  'file-transfer': 'specialists.channel.fileTransfer',
  usb: 'specialists.channel.usb',
  disc: 'specialists.channel.disc',
  post: 'specialists.channel.post',
  'in-person': 'specialists.channel.inPerson',
  other: 'specialists.channel.other',
};

/** A channel in words; one the Packages feature names that this list does not know is shown as written. */
export function channelLabel(channel: string): string {
  const key = CHANNEL[channel];
  return key ? t(key) : channel;
}

export const STAGE_LABEL: Record<ShareStage, MessageKey> = {
  sent: 'specialists.stage.sent',
  acknowledged: 'specialists.stage.acknowledged',
  verified: 'specialists.stage.verified',
  'opinion-received': 'specialists.stage.opinion',
};

/**
 * Counsellor mode's list operations over every stored profile (issue 8): list, duplicate, archive,
 * delete. Writes pending for the profile on screen run first; a change to the profile on screen
 * goes through its write queue (the profile store), a change to another profile straight to the
 * repository with that profile's stored revision.
 */
import type { ProfileId } from '../../domain/records';
import type { ShoreRepository } from '../../storage';
import { profileFieldsWith, type ClientRecords } from '../model/clients';
import type { ProfileStore } from './profileStore';

export interface ClientDirectory {
  /** Every profile with its records (pending changes of the active one written first). */
  list(): Promise<ClientRecords[]>;
  /** Copy a profile under a new name; returns the copy's id. */
  duplicate(sourceId: ProfileId, displayName: string): Promise<ProfileId>;
  setArchived(profileId: ProfileId, archived: boolean): Promise<void>;
  /** Delete a profile and all it holds (the active one too: then no profile is open). */
  remove(profileId: ProfileId): Promise<void>;
}

export interface ClientDirectoryOptions {
  repository: ShoreRepository;
  profile: ProfileStore;
  /** Write every pending change (profile and settings). */
  flush(): Promise<void>;
  /** Delete the profile on screen (through its queue) and show none. */
  deleteActive(): Promise<void>;
  newId(): string;
}

export function createClientDirectory(options: ClientDirectoryOptions): ClientDirectory {
  const { repository, profile } = options;
  const isActive = (profileId: ProfileId): boolean => profile.state.profile?.id === profileId;
  return {
    async list() {
      await options.flush();
      return repository.loadClientDirectory();
    },
    async duplicate(sourceId, displayName) {
      await options.flush();
      const id = options.newId() as ProfileId;
      await repository.duplicateProfile(sourceId, { id, displayName });
      return id;
    },
    async setArchived(profileId, archived) {
      await options.flush();
      const stored = await repository.getProfile(profileId);
      if (!stored) return;
      const fields = profileFieldsWith(stored, { archived });
      if (isActive(profileId)) await profile.updateProfile(fields);
      else await repository.putProfile({ id: profileId, ...fields }, stored.revision);
    },
    async remove(profileId) {
      await options.flush();
      if (isActive(profileId)) return options.deleteActive();
      const stored = await repository.getProfile(profileId);
      if (stored) await repository.deleteProfile(profileId, stored.revision);
    },
  };
}

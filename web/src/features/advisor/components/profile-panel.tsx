import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { serverFieldErrors } from '@/lib/api/field-errors';
import { useMessages } from '@/lib/i18n/locale-context';

import { useEditProfile } from '../api/edit-profile';
import { useAdvisorProfile } from '../api/get-profile';
import type {
  AdvisorProfile,
  Evidence,
  Experience,
  ProfileEdit,
  Tolerance,
  TraitSource,
} from '../api/types';
import { chatPath } from '../lib/paths';
import { parseSymbols } from '../lib/profile-form';
import { PROFILE_MESSAGES, type ProfileMessages } from '../lib/profile-messages';

const EXPERIENCES: readonly Experience[] = ['BEGINNER', 'INTERMEDIATE', 'EXPERT'];
const TOLERANCES: readonly Tolerance[] = ['LOW', 'MEDIUM', 'HIGH'];
/** The fields the form shows the server's word on; `assets[i]` counts as `assets`. */
const FIELDS = ['experience', 'tolerance', 'assets'] as const;

/**
 * What the advisor knows of the user, beside the chats: each part with where it comes from (and
 * the questions an inference came from), editable, and put back to inference in one step.
 */
export function ProfilePanel() {
  const t = useMessages(PROFILE_MESSAGES);
  const profile = useAdvisorProfile();
  const reset = useEditProfile();
  const [editing, setEditing] = useState(false);

  return (
    <section
      className="advisor-side advisor-profile"
      aria-labelledby="advisor-profile-heading"
      data-testid="profile-panel"
    >
      <div className="advisor-side-head">
        <h2 id="advisor-profile-heading">{t.heading}</h2>
        {profile.isSuccess && !editing && (
          <Button variant="ghost" onClick={() => setEditing(true)} data-testid="edit-profile">
            {t.edit}
          </Button>
        )}
      </div>
      <p className="muted advisor-profile-intro">{t.intro}</p>
      {profile.isPending ? (
        <Spinner label={t.loading} />
      ) : profile.isError ? (
        <ProblemAlert
          heading={t.failed}
          error={profile.error}
          onRetry={() => void profile.refetch()}
        />
      ) : editing ? (
        <ProfileForm profile={profile.data} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl className="advisor-profile-traits">
            <Trait
              testId="profile-experience"
              label={t.experience}
              value={t.experiences[profile.data.experience.value]}
              source={profile.data.experience.source}
              confidence={profile.data.experience.confidence}
              evidence={profile.data.experience.evidence}
            />
            <Trait
              testId="profile-tolerance"
              label={t.tolerance}
              value={t.tolerances[profile.data.tolerance.value]}
              source={profile.data.tolerance.source}
              confidence={profile.data.tolerance.confidence}
              evidence={profile.data.tolerance.evidence}
            />
            <dt>{t.assets}</dt>
            <dd data-testid="profile-assets" data-source={profile.data.assetsSource}>
              {profile.data.assets.length === 0 ? (
                <span className="muted">{t.noAssets}</span>
              ) : (
                <>
                  <ul className="advisor-profile-assets">
                    {profile.data.assets.map((asset) => (
                      <li
                        key={asset.symbol}
                        title={`${asset.name}${asset.mentions > 0 ? `, ${t.mentions(asset.mentions)}` : ''}`}
                      >
                        {asset.symbol}
                      </li>
                    ))}
                  </ul>
                  <span className="advisor-profile-source muted">
                    {profile.data.assetsSource === 'SET' ? t.assetsSet : t.assetsInferred}
                  </span>
                </>
              )}
            </dd>
          </dl>
          {isEdited(profile.data) && (
            <Button
              variant="ghost"
              disabled={reset.isPending}
              onClick={() => reset.mutate({})}
              data-testid="reset-profile"
            >
              {reset.isPending ? t.resetting : t.reset}
            </Button>
          )}
          {reset.isError && <ProblemAlert heading={t.resetFailed} error={reset.error} />}
        </>
      )}
    </section>
  );
}

function isEdited(profile: AdvisorProfile): boolean {
  return (
    profile.experience.source === 'SET' ||
    profile.tolerance.source === 'SET' ||
    profile.assetsSource === 'SET'
  );
}

interface TraitProps {
  testId: string;
  label: string;
  value: string;
  source: TraitSource;
  confidence: number;
  evidence: Evidence[];
}

function Trait({ testId, label, value, source, confidence, evidence }: TraitProps) {
  const t = useMessages(PROFILE_MESSAGES);
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId} data-source={source}>
        <strong className="advisor-profile-value">{value}</strong>
        <span className="advisor-profile-source muted">{sourceText(t, source, confidence)}</span>
        {evidence.length > 0 && (
          <details className="advisor-profile-evidence">
            <summary>{t.why}</summary>
            <p>{t.from}</p>
            <ul>
              {evidence.map((said) => (
                <li key={`${said.messageId} ${said.cue}`}>
                  <Link to={chatPath(said.chatId)}>“{said.excerpt}”</Link>
                </li>
              ))}
            </ul>
          </details>
        )}
      </dd>
    </>
  );
}

function sourceText(t: ProfileMessages, source: TraitSource, confidence: number): string {
  switch (source) {
    case 'ASSUMED':
      return t.assumed;
    case 'INFERRED':
      return t.inferred(`${Math.round(confidence * 100)}%`);
    case 'ACCOUNT':
      return t.fromAccount;
    case 'SET':
      return t.setByYou;
  }
}

function ProfileForm({ profile, onDone }: { profile: AdvisorProfile; onDone: () => void }) {
  const t = useMessages(PROFILE_MESSAGES);
  const edit = useEditProfile();
  const [experience, setExperience] = useState<Experience | ''>(
    profile.experience.source === 'SET' ? profile.experience.value : '',
  );
  const [tolerance, setTolerance] = useState<Tolerance | ''>(
    profile.tolerance.source === 'SET' ? profile.tolerance.value : '',
  );
  const [chooseAssets, setChooseAssets] = useState(profile.assetsSource === 'SET');
  const [assets, setAssets] = useState(profile.assets.map((asset) => asset.symbol).join(', '));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ProfileEdit = {
      experience: experience || null,
      tolerance: tolerance || null,
      assets: chooseAssets ? parseSymbols(assets) : null,
    };
    edit.mutate(body, { onSuccess: onDone });
  };

  const server = edit.isError ? serverFieldErrors(edit.error, FIELDS) : {};
  return (
    <form className="advisor-profile-form" onSubmit={submit} aria-label={t.editHeading} noValidate>
      <InferableSelect
        id="profile-experience-field"
        label={t.experience}
        error={server.experience}
        value={experience}
        options={EXPERIENCES}
        names={t.experiences}
        onChange={setExperience}
      />
      <InferableSelect
        id="profile-tolerance-field"
        label={t.tolerance}
        error={server.tolerance}
        value={tolerance}
        options={TOLERANCES}
        names={t.tolerances}
        onChange={setTolerance}
      />
      <label className="advisor-profile-choose">
        <input
          type="checkbox"
          checked={chooseAssets}
          onChange={(event) => setChooseAssets(event.target.checked)}
          data-testid="choose-assets"
        />
        {t.chooseAssets}
      </label>
      {chooseAssets && (
        <FormField
          id="profile-assets-field"
          label={t.assetsField}
          help={t.assetsHelp}
          error={server.assets}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={assets}
              autoComplete="off"
              onChange={(event) => setAssets(event.target.value)}
            />
          )}
        </FormField>
      )}
      {edit.isError && <ProblemAlert heading={t.saveFailed} error={edit.error} />}
      <div className="advisor-profile-actions">
        <Button type="submit" disabled={edit.isPending} data-testid="save-profile">
          {edit.isPending ? t.saving : t.save}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={edit.isPending}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}

interface InferableSelectProps<T extends string> {
  id: string;
  label: string;
  error: string | undefined;
  /** '' is "infer it from my questions". */
  value: T | '';
  options: readonly T[];
  names: Record<T, string>;
  onChange: (value: T | '') => void;
}

/** A choice of one part of the profile, or inference. */
function InferableSelect<T extends string>({
  id,
  label,
  error,
  value,
  options,
  names,
  onChange,
}: InferableSelectProps<T>) {
  const t = useMessages(PROFILE_MESSAGES);
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value as T | '')}
        >
          <option value="">{t.infer}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {names[option]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

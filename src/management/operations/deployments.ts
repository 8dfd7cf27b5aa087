import { schemas, type DocumentSchema } from '../../wire/index.ts';
import type {
  AsyncOperation,
  ChangeConfigurationInput,
  CreateDeploymentInput,
  Deployment,
  DeploymentStatusValue,
  OperationOptions,
  RollbackInput,
  SwapInput,
  UpgradeDeploymentInput,
} from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { invalidArgument, required, slotSegment } from '../validation.ts';

export interface DeleteDeploymentOptions extends OperationOptions {
  /** Also delete the disks and VHD blobs of the deployment's VMs. Default false. */
  readonly deleteVhd?: boolean;
}

/** Cloud service deployments and their role instances. */
export class DeploymentOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  async getBySlot(service: string, slot: string, options: OperationOptions = {}): Promise<Deployment> {
    return this.#context.read(
      schemas.Deployment,
      { path: path`/services/hostedservices/${required(service, 'service')}/deploymentslots/${slotSegment(slot)}` },
      options,
    );
  }

  async getByName(service: string, name: string, options: OperationOptions = {}): Promise<Deployment> {
    return this.#context.read(schemas.Deployment, { path: this.#deploymentPath(service, name) }, options);
  }

  async create(service: string, slot: string, input: CreateDeploymentInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.name, 'name');
    required(input.packageUrl, 'packageUrl');
    required(input.label, 'label');
    required(input.configuration, 'configuration');
    return this.#context.submit(
      {
        method: 'POST',
        path: path`/services/hostedservices/${required(service, 'service')}/deploymentslots/${slotSegment(slot)}`,
        body: { schema: schemas.CreateDeployment, value: input },
      },
      options,
    );
  }

  async delete(service: string, name: string, options: DeleteDeploymentOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'DELETE',
        path: this.#deploymentPath(service, name),
        ...(options.deleteVhd ? { query: [['comp', 'media']] as const } : {}),
      },
      options,
    );
  }

  /** Swaps the staging deployment into production (and production, if any, into staging). */
  async swap(service: string, input: SwapInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.sourceDeployment, 'sourceDeployment');
    return this.#context.submit(
      {
        method: 'POST',
        path: path`/services/hostedservices/${required(service, 'service')}`,
        body: { schema: schemas.Swap, value: input },
      },
      options,
    );
  }

  async changeConfiguration(service: string, name: string, input: ChangeConfigurationInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.configuration, 'configuration');
    return this.#compOperation(service, name, 'config', { schema: schemas.ChangeConfiguration, value: { mode: 'Auto', ...input } }, options);
  }

  async updateStatus(service: string, name: string, status: DeploymentStatusValue, options: OperationOptions = {}): Promise<AsyncOperation> {
    if (status !== 'Running' && status !== 'Suspended') throw invalidArgument(`The status must be Running or Suspended, not '${status}'.`);
    // Setting a status twice leaves the deployment as once: safe to retry.
    return this.#compOperation(service, name, 'status', { schema: schemas.UpdateDeploymentStatus, value: { status } }, options, true);
  }

  async upgrade(service: string, name: string, input: UpgradeDeploymentInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.packageUrl, 'packageUrl');
    required(input.configuration, 'configuration');
    required(input.label, 'label');
    return this.#compOperation(service, name, 'upgrade', { schema: schemas.UpgradeDeployment, value: { force: false, ...input } }, options);
  }

  async walkUpgradeDomain(service: string, name: string, upgradeDomain: number, options: OperationOptions = {}): Promise<AsyncOperation> {
    if (!Number.isInteger(upgradeDomain) || upgradeDomain < 0) throw invalidArgument('upgradeDomain must be a non-negative integer.');
    return this.#compOperation(service, name, 'walkupgradedomain', { schema: schemas.WalkUpgradeDomain, value: { upgradeDomain } }, options);
  }

  async rollback(service: string, name: string, input: RollbackInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#compOperation(service, name, 'rollback', { schema: schemas.RollbackUpdateOrUpgrade, value: input }, options);
  }

  async rebootRoleInstance(service: string, name: string, instance: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#instanceOperation(service, name, instance, [['comp', 'reboot']], options);
  }

  async reimageRoleInstance(service: string, name: string, instance: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#instanceOperation(service, name, instance, [['comp', 'reimage']], options);
  }

  async rebuildRoleInstance(service: string, name: string, instance: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#instanceOperation(service, name, instance, [['comp', 'rebuild'], ['resources', 'allLocalDrives']], options);
  }

  async deleteRoleInstances(service: string, name: string, instances: readonly string[], options: OperationOptions = {}): Promise<AsyncOperation> {
    if (instances.length === 0) throw invalidArgument('Give at least one role instance name.');
    return this.#context.submit(
      {
        method: 'POST',
        path: `${this.#deploymentPath(service, name)}/roleinstances/`,
        query: [['comp', 'delete']],
        body: { schema: schemas.RoleInstances, value: instances },
      },
      options,
    );
  }

  #deploymentPath(service: string, name: string): string {
    return path`/services/hostedservices/${required(service, 'service')}/deployments/${required(name, 'name')}`;
  }

  async #compOperation(
    service: string,
    name: string,
    comp: string,
    body: { schema: DocumentSchema; value: unknown },
    options: OperationOptions,
    idempotent = false,
  ): Promise<AsyncOperation> {
    // The service's paths carry a slash before the query here: `/deployments/{name}/?comp=config`.
    return this.#context.submit(
      { method: 'POST', path: `${this.#deploymentPath(service, name)}/`, query: [['comp', comp]], body, idempotent },
      options,
    );
  }

  async #instanceOperation(
    service: string,
    name: string,
    instance: string,
    query: ReadonlyArray<readonly [string, string]>,
    options: OperationOptions,
  ): Promise<AsyncOperation> {
    return this.#context.submit(
      { method: 'POST', path: `${this.#deploymentPath(service, name)}${path`/roleinstances/${required(instance, 'instance')}`}`, query },
      options,
    );
  }
}

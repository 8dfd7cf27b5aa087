import { schemas, type DocumentSchema } from '../../wire/index.ts';
import type {
  AsyncOperation,
  CaptureRoleInput,
  CreateVirtualMachineDeploymentInput,
  OperationOptions,
  PostShutdownAction,
  Role,
} from '../models/index.ts';
import { path, type RequestContext } from '../request-context.ts';
import { invalidArgument, required } from '../validation.ts';

export interface DeleteRoleOptions extends OperationOptions {
  /** Also delete the role's disks and their VHD blobs. Default false. */
  readonly deleteVhd?: boolean;
}

export interface ShutdownOptions extends OperationOptions {
  /** `Stopped` keeps the VM's resources (and billing); `StoppedDeallocated` releases them. Default `Stopped`. */
  readonly postShutdownAction?: PostShutdownAction;
}

/** Virtual machines: VM deployments, their roles and role operations. */
export class VirtualMachineOperations {
  readonly #context: RequestContext;
  constructor(context: RequestContext) {
    this.#context = context;
  }

  /** Creates a deployment holding one VM role (the usual way to create a VM in a cloud service). */
  async createDeployment(service: string, input: CreateVirtualMachineDeploymentInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.deploymentName, 'deploymentName');
    const role = checkRole(input.role, true);
    const { deploymentName, slot, label, dnsServers, ...rest } = input;
    return this.#context.submit(
      {
        method: 'POST',
        path: path`/services/hostedservices/${required(service, 'service')}/deployments`,
        body: {
          schema: schemas.CreateVirtualMachineDeployment,
          value: {
            name: deploymentName,
            deploymentSlot: slot ?? 'Production',
            label: label ?? deploymentName,
            roleList: [role],
            virtualNetworkName: rest.virtualNetworkName,
            ...(dnsServers === undefined ? {} : { dns: { dnsServers } }),
            reservedIPName: rest.reservedIPName,
          },
        },
      },
      options,
    );
  }

  async getRole(service: string, deployment: string, role: string, options: OperationOptions = {}): Promise<Role> {
    return this.#context.read(schemas.PersistentVMRole, { path: rolePath(service, deployment, role) }, options);
  }

  async addRole(service: string, deployment: string, role: Role, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'POST',
        path: `${deploymentPath(service, deployment)}/roles`,
        body: { schema: schemas.PersistentVMRole, value: checkRole(role, true) },
      },
      options,
    );
  }

  /** Updates a role's disks, endpoints and size (provisioning settings cannot change after creation). */
  async updateRole(service: string, deployment: string, roleName: string, role: Omit<Role, 'roleName'>, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'PUT',
        path: rolePath(service, deployment, roleName),
        body: { schema: schemas.PersistentVMRole, value: checkRole({ ...role, roleName }, false) },
      },
      options,
    );
  }

  async deleteRole(service: string, deployment: string, role: string, options: DeleteRoleOptions = {}): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'DELETE',
        path: rolePath(service, deployment, role),
        ...(options.deleteVhd ? { query: [['comp', 'media']] as const } : {}),
      },
      options,
    );
  }

  async start(service: string, deployment: string, role: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#roleOperation(service, deployment, role, schemas.StartRoleOperation, { operationType: 'StartRoleOperation' }, options);
  }

  async shutdown(service: string, deployment: string, role: string, options: ShutdownOptions = {}): Promise<AsyncOperation> {
    const postShutdownAction = options.postShutdownAction ?? 'Stopped';
    if (postShutdownAction !== 'Stopped' && postShutdownAction !== 'StoppedDeallocated') {
      throw invalidArgument(`postShutdownAction must be Stopped or StoppedDeallocated, not '${postShutdownAction}'.`);
    }
    return this.#roleOperation(
      service,
      deployment,
      role,
      schemas.ShutdownRoleOperation,
      { operationType: 'ShutdownRoleOperation', postShutdownAction },
      options,
    );
  }

  /** Starts several roles of a deployment in one operation. */
  async startRoles(service: string, deployment: string, roles: readonly string[], options: OperationOptions = {}): Promise<AsyncOperation> {
    if (roles.length === 0) throw invalidArgument('Give at least one role name.');
    return this.#rolesOperation(service, deployment, schemas.StartRolesOperation, { operationType: 'StartRolesOperation', roles }, options);
  }

  /** Shuts several roles of a deployment down in one operation. */
  async shutdownRoles(service: string, deployment: string, roles: readonly string[], options: ShutdownOptions = {}): Promise<AsyncOperation> {
    if (roles.length === 0) throw invalidArgument('Give at least one role name.');
    const postShutdownAction = options.postShutdownAction ?? 'Stopped';
    if (postShutdownAction !== 'Stopped' && postShutdownAction !== 'StoppedDeallocated') {
      throw invalidArgument(`postShutdownAction must be Stopped or StoppedDeallocated, not '${postShutdownAction}'.`);
    }
    return this.#rolesOperation(service, deployment, schemas.ShutdownRolesOperation, { operationType: 'ShutdownRolesOperation', roles, postShutdownAction }, options);
  }

  async #rolesOperation(service: string, deployment: string, schema: DocumentSchema, value: unknown, options: OperationOptions): Promise<AsyncOperation> {
    return this.#context.submit({ method: 'POST', path: `${deploymentPath(service, deployment)}/roles/Operations`, body: { schema, value } }, options);
  }

  async restart(service: string, deployment: string, role: string, options: OperationOptions = {}): Promise<AsyncOperation> {
    return this.#roleOperation(service, deployment, role, schemas.RestartRoleOperation, { operationType: 'RestartRoleOperation' }, options);
  }

  /** Captures a stopped VM's OS disk as an OS image (CaptureRole). */
  async captureRole(service: string, deployment: string, role: string, input: CaptureRoleInput, options: OperationOptions = {}): Promise<AsyncOperation> {
    required(input.targetImageName, 'targetImageName');
    required(input.targetImageLabel, 'targetImageLabel');
    if (input.postCaptureAction !== 'Delete' && input.postCaptureAction !== 'Reprovision') {
      throw invalidArgument(`postCaptureAction must be Delete or Reprovision, not '${input.postCaptureAction}'.`);
    }
    return this.#roleOperation(
      service,
      deployment,
      role,
      schemas.CaptureRoleOperation,
      { operationType: 'CaptureRoleOperation', ...input },
      options,
    );
  }

  async #roleOperation(
    service: string,
    deployment: string,
    role: string,
    schema: DocumentSchema,
    value: unknown,
    options: OperationOptions,
  ): Promise<AsyncOperation> {
    return this.#context.submit(
      {
        method: 'POST',
        path: `${deploymentPath(service, deployment)}${path`/roleinstances/${required(role, 'role')}/Operations`}`,
        body: { schema, value },
      },
      options,
    );
  }
}

function deploymentPath(service: string, deployment: string): string {
  return path`/services/hostedservices/${required(service, 'service')}/deployments/${required(deployment, 'deployment')}`;
}

function rolePath(service: string, deployment: string, role: string): string {
  return `${deploymentPath(service, deployment)}${path`/roles/${required(role, 'role')}`}`;
}

function checkRole(role: Role, creating: boolean): Role {
  required(role, 'role');
  required(role.roleName, 'role.roleName');
  if (creating && role.vmImageName === undefined && role.osVirtualHardDisk === undefined) {
    throw invalidArgument('The role needs osVirtualHardDisk (sourceImageName and mediaLink) or vmImageName.');
  }
  const provisioning = (role.configurationSets ?? []).filter((set) => set.configurationSetType !== 'NetworkConfiguration');
  if (provisioning.length > 1) throw invalidArgument('A role takes one provisioning configuration (Linux or Windows), not several.');
  return { roleType: 'PersistentVMRole', ...role };
}

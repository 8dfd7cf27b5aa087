import forge from 'node-forge';
import { errors } from '../errors/index.ts';
import { isoSeconds, type Transition } from '../operations/index.ts';
import { certificateDer, thumbprintOfDer } from '../pki/index.ts';
import type { HostedServiceRecord, SubscriptionRecord } from '../persistence/index.ts';
import type { RouteRequest } from '../server/handler-types.ts';
import type { Router } from '../server/router.ts';
import type { EmulatorWorld } from '../server/world.ts';
import { schemas } from '../../wire/index.ts';
import { decodeBody, hostedServiceOf, ok, required, startOperation, subscriptionOf } from './common.ts';
import { serviceIn } from './lookup.ts';

/** The DER certificate inside a base64 PFX (with its password) or a base64 CER. */
function certificateFromFile(data: string, format: string, password: string | undefined): Buffer {
  try {
    if (format.toLowerCase() === 'cer') return certificateDer(data);
    const asn1 = forge.asn1.fromDer(forge.util.decode64(data.replace(/\s+/g, '')));
    const p12 = forge.pkcs12.pkcs12FromAsn1(asn1, password ?? '');
    const bag = p12.getBags({ bagType: forge.pki.oids['certBag'] as string })[forge.pki.oids['certBag'] as string]?.[0];
    if (!bag?.cert) throw new Error('no certificate');
    return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes(), 'binary');
  } catch {
    throw errors.badRequest('The certificate data is not valid: supply a base64 PFX with its password, or a base64 CER.');
  }
}

function thumbprintParam(request: RouteRequest): { algorithm: string; thumbprint: string } {
  const raw = request.params['thumbprint'] ?? '';
  const dash = raw.indexOf('-');
  if (dash < 0) throw errors.badRequest(`The certificate name '${raw}' must be <algorithm>-<thumbprint>, e.g. sha1-ABC….`);
  return { algorithm: raw.slice(0, dash).toLowerCase(), thumbprint: raw.slice(dash + 1).toUpperCase() };
}

export const certificateTransitions: Record<string, Transition> = {
  'serviceCertificate.add': {
    succeed(context, params) {
      const service = serviceIn(context.state, context.subscriptionId, params['service']);
      const thumbprint = String(params['thumbprint']);
      if (service) service.certificates[thumbprint] = { thumbprint, thumbprintAlgorithm: 'sha1', data: String(params['data']) };
    },
    fail() {},
  },
  'serviceCertificate.delete': {
    succeed(context, params) {
      const service = serviceIn(context.state, context.subscriptionId, params['service']);
      if (service) delete service.certificates[String(params['thumbprint'])];
    },
    fail() {},
  },
};

function serviceCertificateView(world: EmulatorWorld, subscription: SubscriptionRecord, service: HostedServiceRecord) {
  return Object.values(service.certificates).map((certificate) => ({
    certificateUrl: `${world.baseUrl}/${subscription.id}/services/hostedservices/${service.serviceName}/certificates/sha1-${certificate.thumbprint}`,
    thumbprint: certificate.thumbprint,
    thumbprintAlgorithm: certificate.thumbprintAlgorithm,
    data: certificate.data,
  }));
}

/** Service certificates (per cloud service) and management certificates (per subscription). */
export function registerCertificateRoutes(router: Router<EmulatorWorld>): void {
  const service = '/services/hostedservices/:service/certificates';
  router
    .add('GET', service, (request, world) => {
      const subscription = subscriptionOf(world, request);
      const hosted = hostedServiceOf(subscription, request.params['service']);
      return ok({ schema: schemas.Certificates, value: serviceCertificateView(world, subscription, hosted) });
    })
    .add('POST', service, (request, world) => {
      const hosted = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
      const input = decodeBody<{ data?: string; certificateFormat?: string; password?: string }>(schemas.CertificateFile, request);
      const format = required(input.certificateFormat, 'CertificateFormat');
      if (!['pfx', 'cer'].includes(format.toLowerCase())) throw errors.badRequest(`The certificate format '${format}' is not valid; use 'pfx' or 'cer'.`);
      const der = certificateFromFile(required(input.data, 'Data'), format, input.password);
      return startOperation(world, request, 'serviceCertificate.add', {
        service: hosted.serviceName,
        thumbprint: thumbprintOfDer(der),
        data: der.toString('base64'),
      });
    })
    .add('GET', `${service}/:thumbprint`, (request, world) => {
      const hosted = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
      const certificate = hosted.certificates[thumbprintParam(request).thumbprint];
      if (!certificate) throw errors.certificateNotFound();
      return ok({ schema: schemas.Certificate, value: { data: certificate.data } });
    })
    .add('DELETE', `${service}/:thumbprint`, (request, world) => {
      const hosted = hostedServiceOf(subscriptionOf(world, request), request.params['service']);
      const { thumbprint } = thumbprintParam(request);
      if (!hosted.certificates[thumbprint]) throw errors.certificateNotFound();
      return startOperation(world, request, 'serviceCertificate.delete', { service: hosted.serviceName, thumbprint });
    })
    .add('GET', '/certificates', (request, world) => {
      const subscription = subscriptionOf(world, request);
      return ok({ schema: schemas.SubscriptionCertificates, value: Object.values(subscription.certificates).map(managementView) });
    })
    .add('POST', '/certificates', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const input = decodeBody<Record<string, string | undefined>>(schemas.SubscriptionCertificate, request);
      const data = required(input['subscriptionCertificateData'], 'SubscriptionCertificateData');
      const der = (() => {
        try {
          return certificateDer(data);
        } catch {
          throw errors.badRequest('SubscriptionCertificateData must be the base64 of a DER certificate.');
        }
      })();
      const thumbprint = thumbprintOfDer(der);
      const claimed = input['subscriptionCertificateThumbprint'];
      if (claimed && claimed.toUpperCase() !== thumbprint) throw errors.badRequest('SubscriptionCertificateThumbprint does not match the certificate.');
      if (subscription.certificates[thumbprint]) throw errors.certificateExists();
      subscription.certificates[thumbprint] = {
        thumbprint,
        data: der.toString('base64'),
        ...(input['subscriptionCertificatePublicKey'] ? { publicKey: input['subscriptionCertificatePublicKey'] } : {}),
        created: isoSeconds(world.clock.now()),
      };
      return { status: 201, headers: { location: `${world.baseUrl}/subscriptions/${subscription.id}/certificates/${thumbprint}` } };
    })
    .add('GET', '/certificates/:thumbprint', (request, world) => {
      const certificate = subscriptionOf(world, request).certificates[(request.params['thumbprint'] ?? '').toUpperCase()];
      if (!certificate) throw errors.certificateNotFound();
      return ok({ schema: schemas.SubscriptionCertificate, value: managementView(certificate) });
    })
    .add('DELETE', '/certificates/:thumbprint', (request, world) => {
      const subscription = subscriptionOf(world, request);
      const thumbprint = (request.params['thumbprint'] ?? '').toUpperCase();
      if (!subscription.certificates[thumbprint]) throw errors.certificateNotFound();
      delete subscription.certificates[thumbprint];
      return ok();
    });
}

function managementView(certificate: { thumbprint: string; data: string; publicKey?: string; created: string }) {
  return {
    subscriptionCertificatePublicKey: certificate.publicKey ?? publicKeyOf(certificate.data),
    subscriptionCertificateThumbprint: certificate.thumbprint,
    subscriptionCertificateData: certificate.data,
    created: certificate.created,
  };
}

/** The base64 DER of the certificate's RSA public key (as the service lists it), when readable. */
function publicKeyOf(data: string): string {
  try {
    const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.decode64(data)));
    const key = forge.pki.publicKeyToRSAPublicKey(cert.publicKey as forge.pki.rsa.PublicKey);
    return forge.util.encode64(forge.asn1.toDer(key as forge.asn1.Asn1).getBytes());
  } catch {
    return '';
  }
}

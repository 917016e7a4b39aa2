// Run by mongodb-init with mongosh as root; safe to run on every start.
// 1. Initiates the one-member replica set rs0 (the services' URIs say replicaSet=rs0).
// 2. Creates, or updates the password of, one user per service with readWrite on that service's database
//    only: a service cannot read another's data (ARCHITECTURE: each service owns its data).

const member = process.env.REPLICA_SET_MEMBER;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: member }] });
  print(`initiated replica set rs0 with ${member}`);
}

for (let waited = 0; !db.hello().isWritablePrimary; waited++) {
  if (waited >= 60) {
    throw new Error('rs0 has no primary after 60 s');
  }
  sleep(1000);
}

const admin = db.getSiblingDB('admin');
for (const pair of process.env.PACTUM_SERVICE_DATABASES.trim().split(/\s+/)) {
  const [service, database] = pair.split(':');
  const variable = `${service.toUpperCase().replace(/-/g, '_')}_MONGODB_PASSWORD`;
  const password = process.env[variable];
  if (!password) {
    throw new Error(`${variable} is empty`);
  }
  const roles = [{ role: 'readWrite', db: database }];
  if (admin.getUser(service) === null) {
    admin.createUser({ user: service, pwd: password, roles });
    print(`created user ${service} (readWrite on ${database})`);
  } else {
    admin.updateUser(service, { pwd: password, roles });
    print(`updated user ${service} (readWrite on ${database})`);
  }
}

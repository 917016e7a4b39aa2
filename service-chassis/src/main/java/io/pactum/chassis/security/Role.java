package io.pactum.chassis.security;

/** The five roles of Pactum, carried in the JWT's {@code roles} claim. */
public enum Role {
    EMPLOYEE,
    MANAGER,
    LD_ADMIN,
    FINANCE,
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}

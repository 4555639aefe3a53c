package cn.procuratorate.wages.auth.users;

import cn.procuratorate.wages.common.security.Role;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member of staff as stored: {@code passwordHash} is what the delegating encoder wrote (e.g. {@code {bcrypt}…}),
 * never the password itself; {@code unit} is the 6-digit code of the procuratorate the user belongs to.
 */
@Document(StaffUser.COLLECTION)
public record StaffUser(@Id String id, String username, String passwordHash, Set<Role> roles, String unit,
        boolean enabled) {

    public static final String COLLECTION = "users";

    public static StaffUser create(String username, String passwordHash, Set<Role> roles, String unit) {
        if (!unit.matches("\\d{6}")) {
            throw new IllegalArgumentException("unit must be a 6-digit code: " + unit);
        }
        if (roles.isEmpty() || !roles.stream().allMatch(Role::isStaff)) {
            throw new IllegalArgumentException("staff users have staff roles only: " + roles);
        }
        return new StaffUser(null, username, passwordHash, Set.copyOf(roles), unit, true);
    }
}

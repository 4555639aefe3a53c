package cn.procuratorate.wages.auth.users;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Form login against the {@code users} collection. As a {@link UserDetailsPasswordService} it lets Spring Security
 * re-hash a password at login when the encoder's default changes (e.g. a higher bcrypt cost), so old hashes fade out.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final StaffUserStore users;

    StaffUserDetailsService(StaffUserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!user.enabled())
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        users.updatePasswordHash(user.getUsername(), newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}

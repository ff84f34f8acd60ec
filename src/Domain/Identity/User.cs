using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Domain.Identity;

/// <summary>A person signed in through the WeChat mini program, known by the openid WeChat gives our app.</summary>
public sealed class User : Entity
{
    private readonly List<Role> _roles = [];
    private readonly List<Guid> _interestTagIds = [];

    private User()
    {
        OpenId = string.Empty;
        Profile = UserProfile.Empty;
        SessionKey = null!;
    }

    public string OpenId { get; private set; }

    /// <summary>Set once WeChat reports it (apps bound to an Open Platform account); never cleared by a later login.</summary>
    public string? UnionId { get; private set; }

    public IReadOnlyCollection<Role> Roles => _roles;

    /// <summary>The number bound through WeChat, encrypted with its blind index; null until bound or once cleared.</summary>
    public EncryptedPhone? Phone => PhoneCiphertext is { } ciphertext ? EncryptedPhone.Of(ciphertext, PhoneBlindIndex!) : null;

    /// <summary>
    /// The columns behind <see cref="Phone"/>, both null or both set. Look-ups compare the blind index in SQL, and EF Core
    /// 10 cannot index a column of a complex property, hence two plain properties.
    /// </summary>
    public string? PhoneCiphertext { get; private set; }

    public string? PhoneBlindIndex { get; private set; }

    public UserProfile Profile { get; private set; }

    /// <summary>A new nickname screening held: shown only after a moderator approves it; until then the old one stays.</summary>
    public string? HeldNickname { get; private set; }

    /// <summary>A nickname a moderator hid, kept so that it can be restored.</summary>
    public string? HiddenNickname { get; private set; }

    public IReadOnlyCollection<Guid> InterestTagIds => _interestTagIds;

    /// <summary>Whether recommendations may use the profile and behaviour (opt-in).</summary>
    public bool PersonalisationConsent { get; private set; }

    public EncryptedSessionKey SessionKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastLoginAt { get; private set; }

    /// <summary>When the account was erased (PIPL art. 47); the row stays only as the pseudonymous key of kept records.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static User SignUp(string openId, string? unionId, EncryptedSessionKey sessionKey, DateTimeOffset now)
    {
        var user = new User
        {
            OpenId = Text.Required(openId, IdentityLimits.WeChatIdLength, IdentityErrors.InvalidOpenId),
            SessionKey = sessionKey,
            CreatedAt = now,
        };
        user._roles.Add(Role.Learner);
        user.RecordLogin(unionId, sessionKey, now);
        return user;
    }

    /// <summary>A successful code2Session: WeChat's newest session_key always replaces the old one (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/login.html).</summary>
    public void RecordLogin(string? unionId, EncryptedSessionKey sessionKey, DateTimeOffset now)
    {
        UnionId = Text.Optional(unionId, IdentityLimits.WeChatIdLength, IdentityErrors.InvalidOpenId) ?? UnionId;
        SessionKey = sessionKey;
        LastLoginAt = now;
    }

    public bool HasRole(Role role) => _roles.Contains(role);

    public void Grant(Role role)
    {
        if (!HasRole(role))
        {
            _roles.Add(role);
        }
    }

    /// <summary>A later binding replaces the number (WeChat confirmed the new one).</summary>
    public void BindPhone(EncryptedPhone phone) => (PhoneCiphertext, PhoneBlindIndex) = (phone.Ciphertext, phone.BlindIndex);

    /// <summary>Forgets the number, cipher and index alike (account erasure, PIPL art. 47).</summary>
    public void ClearPhone() => (PhoneCiphertext, PhoneBlindIndex) = (null, null);

    /// <summary>
    /// Replaces the profile. A nickname held by screening (<paramref name="nicknameHeldFor"/>) does not replace the
    /// shown one: it waits as <see cref="HeldNickname"/> for a moderator (<see cref="ContentHeldEvent"/>). A nickname
    /// that is shown drops any held or hidden one.
    /// </summary>
    public void UpdateProfile(UserProfile profile, ModerationHoldReason? nicknameHeldFor = null)
    {
        if (nicknameHeldFor is { } reason && profile.Nickname is { } held)
        {
            Profile = profile.WithNickname(Profile.Nickname);
            HeldNickname = held;
            Raise(new ContentHeldEvent(ModeratedContentKind.Nickname, Id, Id, null, held, reason));
            return;
        }

        if (profile.Nickname != Profile.Nickname)
        {
            HeldNickname = null;
            HiddenNickname = null;
        }

        Profile = profile;
    }

    /// <summary>
    /// A moderator's decision on the nickname (or enough reports holding it): approving shows the held nickname, or
    /// restores the hidden one; holding takes the shown one off until a decision; hiding removes the held or shown one.
    /// </summary>
    public void ModerateNickname(ModerationStatus status)
    {
        switch (status)
        {
            case ModerationStatus.Visible:
                var shown = HeldNickname ?? HiddenNickname ?? Profile.Nickname;
                (HeldNickname, HiddenNickname) = (null, null);
                Profile = Profile.WithNickname(shown);
                break;
            case ModerationStatus.Held when Profile.Nickname is not null:
                HeldNickname = Profile.Nickname;
                Profile = Profile.WithNickname(null);
                break;
            case ModerationStatus.Hidden:
                HiddenNickname = HeldNickname ?? Profile.Nickname ?? HiddenNickname;
                HeldNickname = null;
                Profile = Profile.WithNickname(null);
                break;
        }
    }

    public void ChooseInterests(IEnumerable<Guid> tagIds)
    {
        var chosen = tagIds.Distinct().ToList();
        if (chosen.Count > IdentityLimits.MaxInterestTags)
        {
            throw IdentityErrors.TooManyInterests();
        }

        _interestTagIds.Clear();
        _interestTagIds.AddRange(chosen);
    }

    /// <summary>Grants or withdraws personalisation consent from <paramref name="source"/>; setting the state it has records nothing.</summary>
    public void SetPersonalisationConsent(bool consent, string source, DateTimeOffset now)
    {
        if (consent == PersonalisationConsent)
        {
            return;
        }

        PersonalisationConsent = consent;
        Raise(new PersonalisationConsentChangedEvent(Id, consent, source, now));
    }

    /// <summary>
    /// Anonymises the account for good: the openid becomes a placeholder built from the id alone (unique, and never one
    /// WeChat issues, so a later login with the same WeChat account signs up afresh), the unionid, phone, profile,
    /// interests, session key, consent and roles go. Only the id, the sign-up time and the erasure time remain.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return;
        }

        OpenId = ErasedOpenId(Id);
        UnionId = null;
        ClearPhone();
        Profile = UserProfile.Empty;
        HeldNickname = null;
        HiddenNickname = null;
        _interestTagIds.Clear();
        SetPersonalisationConsent(false, "account_erased", now);
        SessionKey = EncryptedSessionKey.Cleared;
        _roles.Clear();
        LastLoginAt = CreatedAt;
        ErasedAt = now;
    }

    /// <summary>The openid an erased account keeps: WeChat's openids never contain a colon.</summary>
    public static string ErasedOpenId(Guid userId) => $"erased:{userId:N}";
}

using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    /// <summary>
    /// The clear-text number of earlier releases, no longer part of the domain: <see cref="PhoneNumberBackfill"/> encrypts
    /// what is left of it at start-up, and a later release drops the column (ADR 0043).
    /// </summary>
    public const string LegacyPhoneNumber = "PhoneNumber";

    public void Configure(EntityTypeBuilder<User> builder)
    {
        // The backstop for two concurrent first logins of one openid: the second insert fails (LoginCommand re-reads).
        builder.Property(u => u.OpenId).HasMaxLength(IdentityLimits.WeChatIdLength);
        builder.HasIndex(u => u.OpenId).IsUnique();

        // Analytics: the sign-ups of a range (new users by day, week or month).
        builder.HasIndex(u => u.CreatedAt);
        builder.Property(u => u.UnionId).HasMaxLength(IdentityLimits.WeChatIdLength);
        builder.Property<string?>(LegacyPhoneNumber).HasColumnName(LegacyPhoneNumber).HasMaxLength(IdentityLimits.PhoneNumberLength);
        builder.Property(u => u.HeldNickname).HasMaxLength(IdentityLimits.NicknameLength);
        builder.Property(u => u.HiddenNickname).HasMaxLength(IdentityLimits.NicknameLength);

        // A handful of values read with the user: a JSON (or PostgreSQL array) column each, not join tables.
        builder.PrimitiveCollection(u => u.Roles)
            .HasField("_roles")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(role => role.HasConversion<string>().HasMaxLength(EnumColumns.Length));
        builder.PrimitiveCollection(u => u.InterestTagIds)
            .HasField("_interestTagIds")
            .UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.ComplexProperty(u => u.Profile, profile =>
        {
            profile.Property(p => p.Nickname).HasColumnName("Nickname").HasMaxLength(IdentityLimits.NicknameLength);
            profile.Property(p => p.AvatarUrl).HasColumnName("AvatarUrl").HasMaxLength(IdentityLimits.UrlLength);
            profile.Property(p => p.Gender).HasColumnName("Gender").HasConversion<string>().HasMaxLength(EnumColumns.Length);
            profile.Property(p => p.AgeBand).HasColumnName("AgeBand").HasConversion<string>().HasMaxLength(EnumColumns.Length);
            profile.Property(p => p.Occupation).HasColumnName("Occupation").HasMaxLength(IdentityLimits.OccupationLength);
            profile.Property(p => p.City).HasColumnName("City").HasMaxLength(IdentityLimits.CityLength);
        });
        builder.Ignore(u => u.Phone);
        builder.Property(u => u.PhoneCiphertext).HasMaxLength(IdentityLimits.PhoneCiphertextLength);
        builder.Property(u => u.PhoneBlindIndex).HasMaxLength(IdentityLimits.PhoneBlindIndexLength);

        // Admins look users up by phone number (GetUsersByPhoneQuery); not unique, as one number may serve several accounts.
        builder.HasIndex(u => u.PhoneBlindIndex);
        builder.ComplexProperty(u => u.SessionKey, sessionKey =>
        {
            sessionKey.Property(k => k.Ciphertext).HasColumnName("SessionKeyCiphertext")
                .HasMaxLength(IdentityLimits.SessionKeyCiphertextLength);
            sessionKey.Property(k => k.ObtainedAt).HasColumnName("SessionKeyObtainedAt");
        });
    }
}

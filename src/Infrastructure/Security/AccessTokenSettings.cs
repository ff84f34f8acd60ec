using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgePay.Infrastructure.Security;

/// <summary>
/// How access tokens are signed and checked (section <c>Identity:Jwt</c>): HS256 with <c>SigningKey</c> (base64,
/// at least 32 bytes; Development generates it into the data folder when unset), lifetime <c>AccessTokenMinutes</c> (default 15).
/// Each server remembers whether a session is open for <c>SessionCheckSeconds</c> (default 15): a session ended on
/// another server shuts its access tokens out here after at most that long; one ended here, at once.
/// </summary>
internal sealed record AccessTokenSettings(SymmetricSecurityKey SigningKey, TimeSpan Lifetime, TimeSpan SessionCheckInterval)
{
    public const string Issuer = "knowledgepay";
    public const string Audience = "knowledgepay";
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static AccessTokenSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = ServerKeys.Load(configuration, environment, ServerKeys.JwtSigning);
        var minutes = configuration.GetValue("Identity:Jwt:AccessTokenMinutes", defaultValue: 15);
        var sessionCheckSeconds = configuration.GetValue("Identity:Jwt:SessionCheckSeconds", defaultValue: 15);
        if (minutes <= 0)
        {
            throw new InvalidOperationException("Identity:Jwt:AccessTokenMinutes must be positive.");
        }

        return sessionCheckSeconds > 0
            ? new AccessTokenSettings(
                new SymmetricSecurityKey(key), TimeSpan.FromMinutes(minutes), TimeSpan.FromSeconds(sessionCheckSeconds))
            : throw new InvalidOperationException("Identity:Jwt:SessionCheckSeconds must be positive.");
    }

    /// <summary>What the API's bearer authentication checks; registered in DI for the host to use.</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        NameClaimType = SubjectClaim,
        RoleClaimType = RoleClaim,
    };
}

using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.Data;

/// <summary>
/// Encrypts the phone numbers earlier releases stored in clear: each user whose clear column is still filled gets the
/// number encrypted with its blind index (unless a binding already replaced it) and the clear value erased, a batch per
/// save. Runs at every start after the migrations; once nothing is left it costs one indexed query and changes nothing.
/// A clear value that is not a phone number at all is erased without replacement (the user can bind again); only the
/// count and the user ids are logged, never a number.
/// </summary>
internal static partial class PhoneNumberBackfill
{
    private const int BatchSize = 500;

    /// <param name="protector">
    /// Asked for only when a clear number is found: the keys load on first use, and a start without them must fail at the
    /// start-up check that names every missing key, not here.
    /// </param>
    public static async Task<int> RunAsync(AppDbContext db, Func<IPhoneNumberProtector> protector, ILogger logger, CancellationToken ct)
    {
        var encrypted = 0;
        IPhoneNumberProtector? phones = null;
        while (true)
        {
            var users = await db.Users
                .Where(u => EF.Property<string?>(u, UserConfiguration.LegacyPhoneNumber) != null)
                .OrderBy(u => u.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (users.Count == 0)
            {
                break;
            }

            foreach (var user in users)
            {
                var clear = db.Entry(user).Property<string?>(UserConfiguration.LegacyPhoneNumber);
                if (user.Phone is null && PhoneNumber.TryParse(clear.CurrentValue, out var phone))
                {
                    phones ??= protector();
                    user.BindPhone(phones.Protect(phone));
                    encrypted++;
                }
                else if (user.Phone is null)
                {
                    LogUnreadable(logger, user.Id);
                }

                clear.CurrentValue = null;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        if (encrypted > 0)
        {
            LogEncrypted(logger, encrypted);
        }

        return encrypted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {Count} clear-text phone numbers")]
    private static partial void LogEncrypted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erased the clear-text phone number of user {UserId}: it is not a phone number")]
    private static partial void LogUnreadable(ILogger logger, Guid userId);
}

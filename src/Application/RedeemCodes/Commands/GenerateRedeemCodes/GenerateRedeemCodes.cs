using System.Text;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.RedeemCodes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.RedeemCodes.Commands.GenerateRedeemCodes;

/// <summary>
/// Mints a batch of single-use codes for a course (<paramref name="CourseId"/>) or an offer (<paramref name="OfferId"/>).
/// Only their hashes are stored, so the answer is the one and only export: the plain codes and a CSV of them.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record GenerateRedeemCodesCommand(Guid? CourseId, Guid? OfferId, int Count, DateTimeOffset ExpiresAt, string Label)
    : ICommand<RedeemCodeBatchExportDto>;

internal sealed class GenerateRedeemCodesCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<GenerateRedeemCodesCommand, RedeemCodeBatchExportDto>
{
    public async ValueTask<RedeemCodeBatchExportDto> Handle(GenerateRedeemCodesCommand command, CancellationToken cancellationToken)
    {
        var offer = await OfferAsync(command, cancellationToken);
        var generated = RedeemCodeBatch.Generate(
            offer, command.Count, command.ExpiresAt, command.Label, user.RequiredId(), clock.GetUtcNow());
        db.RedeemCodeBatches.Add(generated.Batch);
        db.RedeemCodes.AddRange(generated.Codes);
        await db.SaveChangesAsync(cancellationToken);
        var batch = generated.Batch;
        return new RedeemCodeBatchExportDto(
            batch.Id, batch.Kind, batch.OfferId, batch.Label, batch.Count, batch.ExpiresAt, generated.PlainCodes, Csv(generated));
    }

    /// <summary>A course, or a bundle or plan by its offer id (its kind is the offer's own).</summary>
    private async Task<OfferRef> OfferAsync(GenerateRedeemCodesCommand command, CancellationToken cancellationToken)
    {
        if (command.CourseId is { } courseId)
        {
            return await db.Courses.AnyAsync(c => c.Id == courseId, cancellationToken)
                ? OfferRef.ForCourse(courseId)
                : throw new NotFoundException(nameof(Course), courseId);
        }

        var offerId = command.OfferId ?? Guid.Empty;
        var kind = await db.Offers.Where(o => o.Id == offerId).Select(o => (OfferKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
        return kind is { } found ? new OfferRef(found, offerId) : throw new NotFoundException(nameof(Offer), offerId);
    }

    /// <summary>One code per line after a header, with the batch's label and expiry beside each for whoever hands them out.</summary>
    private static string Csv(GeneratedBatch generated)
    {
        var csv = new StringBuilder("code,label,expires_at\n");
        var label = CsvField(generated.Batch.Label);
        var expiresAt = generated.Batch.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var code in generated.PlainCodes)
        {
            csv.Append(code).Append(',').Append(label).Append(',').Append(expiresAt).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Quoted when needed (RFC 4180); a leading formula character is neutralised so spreadsheets show text.</summary>
    private static string CsvField(string value)
    {
        var text = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}

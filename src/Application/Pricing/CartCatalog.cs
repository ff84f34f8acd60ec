using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Pricing;

/// <summary>The courses and offers a cart names, read in two statements, and whether each may be sold.</summary>
internal sealed class CartCatalog
{
    private readonly Dictionary<(bool IsCourse, Guid Id), CartItem> _onSale = [];
    private readonly Dictionary<(bool IsCourse, Guid Id), Func<Exception>> _refused = [];

    private CartCatalog()
    {
    }

    /// <summary>Every course the cart's items open, for reading what the buyer owns.</summary>
    public IReadOnlyCollection<Guid> CourseIds => [.. _onSale.Values.SelectMany(i => i.CourseIds).Distinct()];

    public IReadOnlyCollection<OfferRef> Offers => [.. _onSale.Values.Select(i => i.Offer)];

    public IEnumerable<CartItem> OnSale => _onSale.Values;

    public static async Task<CartCatalog> ReadAsync(
        IApplicationDbContext db, IReadOnlyCollection<LineRequest> lines, CancellationToken cancellationToken)
    {
        var catalog = new CartCatalog();
        var offerIds = lines.Where(l => l.OfferId is not null).Select(l => l.OfferId!.Value).Distinct().ToList();
        var packaged = offerIds.Count == 0
            ? []
            : await db.Offers.AsNoTracking().Include(o => o.Courses)
                .Where(o => offerIds.Contains(o.Id))
                .ToListAsync(cancellationToken);
        var courseIds = lines.Where(l => l.CourseId is not null).Select(l => l.CourseId!.Value)
            .Concat(packaged.SelectMany(o => o.Courses.Select(c => c.CourseId)))
            .Distinct()
            .ToList();
        var courses = await db.Courses.AsNoTracking()
            .Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, Fen = c.Price.AmountFen, c.Status, c.CategoryId, c.Guardrails })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        foreach (var id in lines.Where(l => l.CourseId is not null).Select(l => l.CourseId!.Value).Distinct())
        {
            var key = (true, id);
            if (!courses.TryGetValue(id, out var course))
            {
                catalog._refused[key] = () => new NotFoundException(nameof(Course), id);
            }
            else if (course.Status != CourseStatus.Published)
            {
                catalog._refused[key] = () => OrderErrors.CourseNotOnSale(id);
            }
            else if (course.Fen == 0)
            {
                catalog._refused[key] = () => OrderErrors.CourseIsFree(id);
            }
            else
            {
                catalog._onSale[key] = new CartItem(
                    OfferRef.ForCourse(id), course.Title, course.Fen, course.Guardrails, [id], [course.CategoryId],
                    new Dictionary<Guid, long> { [id] = course.Fen });
            }
        }

        foreach (var id in offerIds)
        {
            var key = (false, id);
            var offer = packaged.SingleOrDefault(o => o.Id == id);
            if (offer is null)
            {
                catalog._refused[key] = () => new NotFoundException(nameof(Offer), id);
            }
            else if (!offer.IsOnSale)
            {
                catalog._refused[key] = () => OfferErrors.NotOnSale(id);
            }
            else
            {
                var included = offer.Courses.Select(c => c.CourseId).Where(courses.ContainsKey).ToList();
                catalog._onSale[key] = new CartItem(
                    new OfferRef(offer.Kind, id), offer.Title, offer.ListPrice.AmountFen, offer.Guardrails, included,
                    [.. included.Select(c => courses[c].CategoryId).Distinct()],
                    included.ToDictionary(c => c, c => courses[c].Fen));
            }
        }

        return catalog;
    }

    /// <summary>The line's item, or the typed reason it cannot be sold.</summary>
    public CartItem ForSale(LineRequest line)
    {
        var key = (line.CourseId is not null, line.CourseId ?? line.OfferId!.Value);
        return _onSale.TryGetValue(key, out var item) ? item : throw _refused[key]();
    }
}

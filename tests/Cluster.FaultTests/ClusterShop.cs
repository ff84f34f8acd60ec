using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.GraphQL.Conventions.Ids;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Cluster.FaultTests;

/// <summary>A published course and learners with pending orders for it, written straight into the cluster's database.</summary>
public sealed class ClusterShop(ClusterFixture cluster)
{
    private static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(30);

    /// <summary>
    /// <paramref name="count"/> learners signed in through nginx, each with a pending order for one new course and
    /// checked out (so WeChat Pay knows the transaction and where to notify); returns the orders.
    /// </summary>
    public async Task<IReadOnlyList<Order>> CheckedOutOrdersAsync(int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var course = await PublishedCourseAsync(now);
        using var nginx = ClusterFixture.ClientFrom(cluster.Nginx);
        var orders = new List<Order>();
        for (var learner = 0; learner < count; learner++)
        {
            var (openId, code) = await cluster.LoginCodeAsync();
            var accessToken = await GraphQLCalls.LoginAsync(nginx, code);
            await using var db = cluster.Database();
            var userId = await db.Users.Where(u => u.OpenId == openId).Select(u => u.Id).SingleAsync();
            var order = Order.Place(userId, ListPrice(course), $"fault-{Guid.NewGuid():N}", PaymentChannel.WeChatPayJsapi, now, PaymentWindow);
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            await GraphQLCalls.CheckoutAsync(nginx, accessToken, GlobalId.Encode("Order", order.Id));
            orders.Add(order);
        }

        return orders;
    }

    private async Task<Course> PublishedCourseAsync(DateTimeOffset now)
    {
        var creator = Creator.Join("Fault-test creator", null, null, null, now);
        var category = Category.Create("Fault tests", $"fault-{Guid.NewGuid():N}"[..20], 0);
        var course = Course.Draft(creator.Id, category.Id, "Fault-test course", "Bought while nodes die.", Money.Fen(4900), now);
        var chapter = course.AddChapter("Chapter 1");
        course.AddLesson(chapter.Id, new LessonContent("Lesson 1", LessonKind.Article, 60, IsFreePreview: false, "Paid body."));
        course.Publish(now);
        await using var db = cluster.Database();
        db.AddRange(creator, category, course);
        await db.SaveChangesAsync();
        return course;
    }

    private static PriceQuote ListPrice(Course course) => PricingEngine.Price(
        [new PricingLine(OfferRef.ForCourse(course.Id), course.Title, course.Price.AmountFen, PriceGuardrails.None, [course.Id], [course.CategoryId])],
        null);
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgePay.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClusterModelStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecommenderModels",
                columns: table => new
                {
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    TrainedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Interactions = table.Column<int>(type: "INTEGER", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    Courses = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingSeconds = table.Column<double>(type: "REAL", nullable: false),
                    TrainingAuc = table.Column<double>(type: "REAL", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommenderModels", x => x.Version);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecommenderModels");
        }
    }
}

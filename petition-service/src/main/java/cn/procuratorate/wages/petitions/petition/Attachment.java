package cn.procuratorate.wages.petitions.petition;

/**
 * What the petitioner attached (a pay slip photo, an IOU, a contract). The file itself lives in an object store;
 * the petition keeps its metadata and a reference ({@code storageRef}, e.g. {@code s3://bucket/key}), with the
 * SHA-256 of the content so that the file fetched later can be checked to be the one received.
 */
public record Attachment(String name, String mediaType, long size, String sha256, String storageRef) {
}

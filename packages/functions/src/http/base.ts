/** Every API path starts here, in the cloud (CloudFront routes /api/* to API Gateway) and locally. */
export const API_BASE = "/api";

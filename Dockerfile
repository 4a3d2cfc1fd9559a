# Build stage: compile TypeScript with the dev dependencies.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY migrations ./migrations
COPY scripts ./scripts
RUN npm run build

# Runtime stage: production dependencies and the compiled bot only.
FROM node:20-slim
ENV NODE_ENV=production \
    DUEBOT_DATA_DIR=/var/lib/duebot \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY scripts/samples ./scripts/samples
RUN mkdir -p /var/lib/duebot && chown -R node:node /var/lib/duebot
USER node
VOLUME ["/var/lib/duebot"]
EXPOSE 3000
CMD ["node", "dist/src/main.js"]
